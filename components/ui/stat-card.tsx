export function StatCard({ label, value, testId }: { label: string; value: number | string; testId?: string }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm">
      <p className="text-3xl font-bold text-brand" data-testid={testId}>
        {value}
      </p>
      <p className="text-sm text-muted">{label}</p>
    </div>
  );
}
