/** The checklist of each archive, as the engine last returned it (the library database is the source of truth). */
import { create } from 'zustand';
import type { Residence } from '../../../../shared/checklist/rights/residence';
import type { ChecklistView, StepId, StepStatus } from '../../../../shared/checklist/types';
import { api, errorMessage } from '../../bridge';

interface ChecklistState {
  byArchive: Record<string, ChecklistView>;
  errors: Record<string, string>;
  /** The step whose status is being saved. */
  saving: StepId | null;
  load(archiveId: string): Promise<void>;
  setStatus(archiveId: string, stepId: StepId, status: StepStatus): Promise<void>;
  /** The person's answer to "where do you live?" (null: ask again); kept per account by the engine. */
  setResidence(archiveId: string, residence: Residence | null): Promise<void>;
}

export const useChecklist = create<ChecklistState>()((set) => ({
  byArchive: {},
  errors: {},
  saving: null,
  load: async (archiveId) => {
    try {
      const view = await api().getChecklist({ archiveId });
      set((s) => ({
        byArchive: { ...s.byArchive, [archiveId]: view },
        errors: { ...s.errors, [archiveId]: '' },
      }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [archiveId]: errorMessage(e) } }));
    }
  },
  setStatus: async (archiveId, stepId, status) => {
    set({ saving: stepId });
    try {
      const view = await api().setChecklistStep({ archiveId, stepId, status });
      set((s) => ({
        byArchive: { ...s.byArchive, [archiveId]: view },
        errors: { ...s.errors, [archiveId]: '' },
      }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [archiveId]: errorMessage(e) } }));
    } finally {
      set({ saving: null });
    }
  },
  setResidence: async (archiveId, residence) => {
    try {
      const view = await api().setResidence({ archiveId, residence });
      set((s) => ({
        byArchive: { ...s.byArchive, [archiveId]: view },
        errors: { ...s.errors, [archiveId]: '' },
      }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [archiveId]: errorMessage(e) } }));
    }
  },
}));
