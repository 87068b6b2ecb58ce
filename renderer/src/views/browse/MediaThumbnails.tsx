import type { MediaRef } from '../../../../shared/model/items';

/** Media read from the archive through the app's own protocol (relative URL, no network). */
export function mediaUrl(archiveId: string, archivePath: string): string {
  return `media/${archiveId}/${encodeURIComponent(archivePath)}`;
}

const MEDIA_NAMES: Record<MediaRef['type'], string> = {
  photo: 'Photo',
  video: 'Video',
  animated_gif: 'GIF',
  other: 'Attachment',
};

export function MediaThumbnails({ archiveId, media }: { archiveId: string; media: MediaRef[] }) {
  if (media.length === 0) return null;
  return (
    <ul className="media-grid">
      {media.map((m, i) => (
        <li key={`${m.archivePath ?? m.url ?? ''}-${i}`} className="media-cell">
          {m.archivePath && m.type === 'photo' && (
            <img
              src={mediaUrl(archiveId, m.archivePath)}
              alt={`${MEDIA_NAMES[m.type]} ${i + 1} attached to this item`}
              loading="lazy"
            />
          )}
          {m.archivePath && (m.type === 'video' || m.type === 'animated_gif') && (
            <video
              src={mediaUrl(archiveId, m.archivePath)}
              controls
              muted
              preload="metadata"
              aria-label={`${MEDIA_NAMES[m.type]} ${i + 1} attached to this item`}
            />
          )}
          {(!m.archivePath || m.type === 'other') && (
            <span className="media-missing">{MEDIA_NAMES[m.type]}: not included in the archive</span>
          )}
        </li>
      ))}
    </ul>
  );
}
