import type { GridLocaleText } from '@mui/x-data-grid';

/** What the DataGrid's own Swedish locale leaves in English, for the features we use. */
export const gridLocaleSvExtra: Partial<GridLocaleText> = {
  columnHeaderSortIconAriaLabel: (columnName, direction) => {
    if (direction === 'asc') return `Sortera ${columnName} i stigande ordning`;
    if (direction === 'desc') return `Sortera ${columnName} i fallande ordning`;
    return `Ta bort sorteringen på ${columnName}`;
  },
};
