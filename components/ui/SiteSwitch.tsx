interface SiteSwitchProps {
  label: string;
  enabled: boolean;
  busy?: boolean;
  onChange: (enabled: boolean) => void;
}

/** An on/off switch for OnBrand on one site. */
export function SiteSwitch({ label, enabled, busy = false, onChange }: SiteSwitchProps) {
  return (
    <label className="switch">
      <span>{label}</span>
      <input
        type="checkbox"
        role="switch"
        aria-checked={enabled}
        checked={enabled}
        disabled={busy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </label>
  );
}
