/** A message for the Open view after a drop or dialog that did not work out. */
import { create } from 'zustand';

interface DropNoticeState {
  message: string | null;
  show(message: string): void;
  clear(): void;
}

export const useDropNotice = create<DropNoticeState>()((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
