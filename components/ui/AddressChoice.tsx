import { GERMAN_ADDRESSES, type GermanAddress } from '@/utils/brands/german-starter';
import { type MessageKey, t } from '@/utils/i18n';

const LABELS: Record<GermanAddress, MessageKey> = { sie: 'starterAddressSie', du: 'starterAddressDu' };

/**
 * Sie or du, for a new brand made from the German starter pack (the welcome page's and the guidelines page's):
 * the pack's address rule then flags the other form in drafts.
 */
export function AddressChoice({
  value,
  onChange,
}: {
  value: GermanAddress;
  onChange: (address: GermanAddress) => void;
}) {
  return (
    <fieldset className="address-choice">
      <legend>{t('starterAddressLegend')}</legend>
      {GERMAN_ADDRESSES.map((address) => (
        <label key={address} className="inline">
          <input
            type="radio"
            name="starter-address"
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
