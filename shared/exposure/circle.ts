/**
 * Twitter Circle: from 30 Aug 2022 a post could go to a chosen audience of up to 150 people; X stopped
 * new Circle posts on 31 Oct 2023 (facts circleAudience, circleArchiveUnmarked).
 */
export const CIRCLE_PERIOD = {
  from: '2022-08-30T00:00:00.000Z',
  /** Exclusive: the first instant after the last day new Circle posts could be made. */
  until: '2023-11-01T00:00:00.000Z',
} as const;
