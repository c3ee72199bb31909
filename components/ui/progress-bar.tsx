interface ProgressBarProps {
  /** What is progressing, e.g. « Envoi des fichiers » (the bar's accessible name). */
  label: string;
  /** 0 to 1, or null when the total is not known (indeterminate). */
  value: number | null;
  id?: string;
}

/**
 * A native <progress> (role progressbar, read by screen readers with its value) and the percentage
 * as text for sighted users. The surrounding status message, not the bar, is what gets announced.
 */
export function ProgressBar({ label, value, id = 'progress' }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-sm">
        <label htmlFor={id}>{label}</label>
        {percent === null ? null : <span aria-hidden>{percent} %</span>}
      </div>
      <progress
        id={id}
        max={100}
        value={percent ?? undefined}
        className="h-3 w-full overflow-hidden rounded bg-gray-200 [&::-moz-progress-bar]:bg-brand [&::-webkit-progress-bar]:bg-gray-200 [&::-webkit-progress-value]:bg-brand"
      >
        {percent === null ? '' : `${percent} %`}
      </progress>
    </div>
  );
}
