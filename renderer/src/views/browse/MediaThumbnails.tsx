import { useState } from 'react';
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
          <MediaCell
            archiveId={archiveId}
            media={m}
            label={`${MEDIA_NAMES[m.type]} ${i + 1} attached to this item`}
          />
        </li>
      ))}
    </ul>
  );
}

function MediaCell({ archiveId, media, label }: { archiveId: string; media: MediaRef; label: string }) {
  const [failed, setFailed] = useState(false);
  const name = MEDIA_NAMES[media.type];
  if (!media.archivePath || media.type === 'other') {
    return <span className="media-missing">{name}: not included in the archive</span>;
  }
  if (failed) return <span className="media-missing">{name}: could not be read from the archive</span>;
  const src = mediaUrl(archiveId, media.archivePath);
  if (media.type === 'photo') {
    return <img src={src} alt={label} loading="lazy" onError={() => setFailed(true)} />;
  }
  return (
    <video src={src} controls muted preload="metadata" aria-label={label} onError={() => setFailed(true)} />
  );
}
