using System.Text;

namespace AwsKoreaDashboard.Web.Formatting;

/// <summary>RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Korean correctly.</summary>
public static class Csv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i] ?? "";
            // A leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula; so can a tab or
            // carriage return before one, which some programs drop on import.
            if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                cell = "'" + cell;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }
}
