import NutButton from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { ComponentProps } from 'react';

type ButtonProps = ComponentProps<typeof NutButton>;

/**
 * NutUI's button, announced as a button: on H5 it renders a custom element that screen readers
 * (and the browser tests) would otherwise not know is one.
 */
export function Button(props: Partial<ButtonProps>) {
  const a11y = { role: 'button', 'aria-disabled': props.disabled || undefined } as Partial<ButtonProps>;
  return <NutButton {...a11y} {...props} />;
}
