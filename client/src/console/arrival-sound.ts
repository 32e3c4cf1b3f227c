/**
 * The optional soft sound when someone arrives in the waiting room. Off unless a
 * facilitator turns it on; the choice is kept on this device only. The tone is
 * made with Web Audio (two quiet sine notes), so there is no file to load.
 */
const STORAGE_KEY = 'attune.arrivalSound';

export function arrivalSoundWanted(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function rememberArrivalSound(on: boolean): void {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

let context: AudioContext | null = null;

/** Plays the chime; silently does nothing where the browser has no audio or blocks it. */
export function playArrivalSound(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (const [offset, frequency] of [[0, 660], [0.18, 880]] as const) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      // A soft attack and a slow fade: a nudge, not an alarm.
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.08, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
      osc.connect(gain).connect(context.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.65);
    }
  } catch {
    // No audio on this device: the banner and the tab title still say it.
  }
}
