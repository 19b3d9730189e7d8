// The registries features plug into. The workbench draws the activity bar, side bar, panel, status
// bar, editor plugins and settings from these lists and knows no feature by name.
import type { ComponentType } from 'react';
import type { TabState } from './state';

export interface ViewContribution {
  id: string;
  /** i18n key of the view's title (side bar heading, panel tab, activity bar tooltip). */
  title: string;
  /** Where the view can show: the side bar (with an activity bar button), the bottom panel, or both. */
  locations: ('side' | 'panel')[];
  /** SVG path (24×24, stroked) for the activity bar; views without one get no button. */
  icon?: string;
  /** The activity bar's bottom group (settings). */
  activityBottom?: boolean;
  /** Sort key inside a location. */
  order: number;
  component: ComponentType;
}

export interface StatusItemContribution {
  id: string;
  order: number;
  component: ComponentType;
}

export interface EditorPluginProps {
  note: TabState;
  visible: boolean;
}

/** Rendered inside each note's LexicalComposer, so it can use the editor (useLexicalComposerContext). */
export interface EditorPluginContribution {
  id: string;
  component: ComponentType<EditorPluginProps>;
}

export interface PartContribution {
  id: string;
  order: number;
  component: ComponentType;
}

class List<T extends { id: string }> {
  private items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number = () => 0) {}

  add(item: T): () => void {
    if (this.items.some((existing) => existing.id === item.id)) throw new Error(`already registered: ${item.id}`);
    this.items = [...this.items, item].sort(this.compare);
    return () => void (this.items = this.items.filter((existing) => existing !== item));
  }

  all(): readonly T[] {
    return this.items;
  }
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export class Contributions {
  readonly views = new List<ViewContribution>(byOrder);
  readonly statusItems = new List<StatusItemContribution>(byOrder);
  readonly editorPlugins = new List<EditorPluginContribution>();
  /** Dialogs and other parts drawn once over the workbench (e.g. the comment dialogs). */
  readonly parts = new List<PartContribution>(byOrder);
  /** Sections of the settings view, after the general ones. */
  readonly settingsSections = new List<PartContribution>(byOrder);

  view(id: string): ViewContribution | undefined {
    return this.views.all().find((view) => view.id === id);
  }

  viewsIn(location: 'side' | 'panel'): ViewContribution[] {
    return this.views.all().filter((view) => view.locations.includes(location));
  }
}
