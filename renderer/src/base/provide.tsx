import type { ComponentType, Context } from 'react';

/**
 * Wraps a feature's component so it finds the feature's own controller through React context:
 * the workbench renders contributed components without knowing what they need.
 */
export function provide<T, P extends object>(FeatureContext: Context<T | null>, value: T, Component: ComponentType<P>): ComponentType<P> {
  const Provided = (props: P) => (
    <FeatureContext.Provider value={value}>
      <Component {...props} />
    </FeatureContext.Provider>
  );
  Provided.displayName = `Provided(${Component.displayName ?? Component.name})`;
  return Provided;
}
