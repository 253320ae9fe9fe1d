using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Writers.Docx;

/// <summary>Borderless layout tables (header Ô 1–4, end Ô 7/9b): fixed widths that add up to the text width.</summary>
static class Tables
{
    public static Table Borderless(params int[] widths)
    {
        var table = new Table();
        table.Append(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            // No cell padding: column widths are then exactly the text boxes the lines are sized for.
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }));
        var grid = new TableGrid();
        foreach (var w in widths) grid.Append(new GridColumn { Width = w.ToString() });
        table.Append(grid);
        return table;
    }

    public static TableRow Row(bool cantSplit = false)
    {
        var row = new TableRow();
        if (cantSplit) row.Append(new TableRowProperties(new CantSplit()));
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<Paragraph> content, int span = 1)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1) props.Append(new GridSpan { Val = span });
        var cell = new TableCell(props);
        var any = false;
        foreach (var p in content) { cell.Append(p); any = true; }
        if (!any) cell.Append(new Paragraph());
        return cell;
    }
}
