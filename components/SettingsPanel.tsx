import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/schema';
import { KIND_ORDER, KIND_STYLES, kindVars } from '../lib/ui/kinds';
import './forms.css';

/** Props of the settings form. Every change is applied at once (no save button to forget). */
export interface SettingsPanelProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}

/** The host name in what the user typed: a bare host, or any URL. Empty when it has none. */
export function hostFromInput(input: string): string {
  const text = input.trim().toLowerCase();
  if (!text) return '';
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return '';
  }
}

/** Pause, sites switched off, kinds marked, highlight mode. */
export function SettingsPanel({ settings, onChange }: SettingsPanelProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = hostFromInput(site);
    if (!host) return setSiteError('Enter a site such as news.example.com.');
    setSiteError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) onChange({ ...settings, disabledSites: [...settings.disabledSites, host] });
  };
  return (
    <div class="settings">
      <fieldset class="field-group">
        <legend>On every site</legend>
        <label class="check">
          <input type="checkbox" checked={settings.paused} onChange={(e) => onChange({ ...settings, paused: e.currentTarget.checked })} />
          Pause Lodestone on every site
        </label>
      </fieldset>

      <fieldset class="field-group">
        <legend>Sites where Lodestone stays off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None: Lodestone works on every site you allow.</p>
        ) : (
          <ul class="plain-list site-list">
            {settings.disabledSites.map((host) => (
              <li key={host} class="site-row">
                <span>{host}</span>
                <button
                  type="button"
                  class="btn"
                  aria-label={`Turn back on for ${host}`}
                  onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}
                >
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="inline-form" onSubmit={addSite}>
          <label>
            Site to switch off
            <input
              class="input"
              type="text"
              value={site}
              placeholder="news.example.com"
              aria-invalid={siteError ? 'true' : undefined}
              aria-describedby={siteError ? 'site-error' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="btn">
            Switch off site
          </button>
        </form>
        {siteError && (
          <p id="site-error" class="status" data-tone="error">
            {siteError}
          </p>
        )}
      </fieldset>

      <fieldset class="field-group">
        <legend>Kinds to highlight</legend>
        <div class="kind-grid">
          {KIND_ORDER.map((kind) => (
            <label key={kind} class="check" style={kindVars(kind)}>
              <input
                type="checkbox"
                checked={settings.kinds[kind]}
                onChange={(e) => onChange({ ...settings, kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
              />
              <span class="chip-symbol" aria-hidden="true">
                {KIND_STYLES[kind].symbol}
              </span>
              {KIND_STYLES[kind].plural}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field-group">
        <legend>Highlight names</legend>
        <label class="check">
          <input
            type="radio"
            name="highlight-mode"
            checked={settings.highlightMode === 'first'}
            onChange={() => onChange({ ...settings, highlightMode: 'first' })}
          />
          First mention of each entity
        </label>
        <label class="check">
          <input
            type="radio"
            name="highlight-mode"
            checked={settings.highlightMode === 'every'}
            onChange={() => onChange({ ...settings, highlightMode: 'every' })}
          />
          Every mention
        </label>
      </fieldset>
    </div>
  );
}
