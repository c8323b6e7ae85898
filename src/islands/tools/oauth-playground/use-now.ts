import { useEffect, useState } from 'preact/hooks';

/** The current time, ticking every second while mounted (countdowns). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** `m:ss` (or `h:mm:ss`) until `at`; `0:00` once passed. */
export function timeLeft(at: number, now: number): string {
  const total = Math.max(0, Math.ceil((at - now) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
