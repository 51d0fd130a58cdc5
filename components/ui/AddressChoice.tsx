import { GERMAN_ADDRESSES, type GermanAddress } from '@/utils/brands/german-starter';
import { type MessageKey, t } from '@/utils/i18n';

const LABELS: Record<GermanAddress, MessageKey> = { sie: 'starterAddressSie', du: 'starterAddressDu' };

/**
 * Sie or du, for a brand made from the German starter pack (the welcome page's and the guidelines page's new
 * brand, and the brand editor's switch later):
 * the pack's address rule then flags the other form in drafts.
 */
export function AddressChoice({
  value,
  onChange,
  name = 'starter-address',
}: {
  value: GermanAddress;
  onChange: (address: GermanAddress) => void;
  /** The radio group's name: another page part with its own choice (the brand editor's) needs its own. */
  name?: string;
}) {
  return (
    <fieldset className="address-choice">
      <legend>{t('starterAddressLegend')}</legend>
      {GERMAN_ADDRESSES.map((address) => (
        <label key={address} className="inline">
          <input
            type="radio"
            name={name}
            value={address}
            checked={value === address}
            onChange={() => onChange(address)}
          />
          {t(LABELS[address])}
        </label>
      ))}
    </fieldset>
  );
}
