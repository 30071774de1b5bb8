import { createContext, useContext, useEffect } from 'react';

export interface ActiveGroup {
  groupId: string | null;
  setGroupId: (groupId: string) => void;
}

export const ActiveGroupContext = createContext<ActiveGroup>({ groupId: null, setGroupId: () => undefined });

/** The group whose name the header shows: the one last opened, else the user's first. */
export function useActiveGroup(): ActiveGroup {
  return useContext(ActiveGroupContext);
}

/** Pages of one group call this so that the header and side navigation follow them. */
export function useMarkActiveGroup(groupId: string | undefined): void {
  const { setGroupId } = useActiveGroup();
  useEffect(() => {
    if (groupId) setGroupId(groupId);
  }, [groupId, setGroupId]);
}
