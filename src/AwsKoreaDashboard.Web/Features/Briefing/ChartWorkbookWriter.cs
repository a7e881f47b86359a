using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// Writes a chart's own workbook (what PowerPoint's "Edit Data" opens in Excel or Hancom Cell): one sheet,
/// categories in column A, one column per series, numbers as numbers and texts as texts.
/// </summary>
internal static class ChartWorkbookWriter
{
    public static void Write(ChartSheet sheet, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        header.Append(TextCell("A1", sheet.CategoryHeader));
        header.Append(sheet.Columns.Select((column, c) => TextCell($"{ChartSheet.ColumnLetter(c)}1", column.Header)));
        data.Append(header);
        for (var i = 0; i < sheet.RowCount; i++)
        {
            var rowIndex = (uint)(i + 2);
            var row = new Row { RowIndex = rowIndex };
            row.Append(TextCell($"A{rowIndex}", sheet.Categories[i]));
            row.Append(sheet.Columns.Select((column, c) => column.Values is { } values
                ? NumberCell($"{ChartSheet.ColumnLetter(c)}{rowIndex}", values[i])
                : TextCell($"{ChartSheet.ColumnLetter(c)}{rowIndex}", column.Labels[i])));
            data.Append(row);
        }

        var widths = new Columns(
            new Column { Min = 1, Max = 1, Width = 42, CustomWidth = true },
            new Column { Min = 2, Max = (uint)(sheet.Columns.Count + 1), Width = 22, CustomWidth = true });
        worksheetPart.Worksheet = new Worksheet(widths, data);
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet
        {
            Name = ChartSheet.SheetName,
            SheetId = 1,
            Id = workbookPart.GetIdOfPart(worksheetPart),
        }));
    }

    private static Cell TextCell(string reference, string text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };

    private static Cell NumberCell(string reference, double value) => new(new CellValue(value))
    {
        CellReference = reference,
    };
}
