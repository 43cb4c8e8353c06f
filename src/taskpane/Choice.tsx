/** A labelled drop-down of a few named choices: the one pattern behind every picker in the pane. */
import { Dropdown, Field, Option } from "@fluentui/react-components";

export interface ChoiceProps<T extends string> {
  readonly label: string;
  readonly hint?: string;
  /** The chosen value ("" for none). */
  readonly value: T | "";
  readonly choices: readonly { readonly value: T; readonly label: string }[];
  /** Called with a value other than the chosen one. */
  readonly onChoose: (value: T) => void;
  readonly disabled?: boolean;
}

export function Choice<T extends string>({ label, hint, value, choices, onChoose, disabled = false }: ChoiceProps<T>) {
  const chosen = choices.find((c) => c.value === value);
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      <Dropdown
        value={chosen?.label ?? ""}
        selectedOptions={chosen ? [chosen.value] : []}
        disabled={disabled}
        onOptionSelect={(_e, d) => {
          const next = choices.find((c) => c.value === d.optionValue);
          if (next && next.value !== value) onChoose(next.value);
        }}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
