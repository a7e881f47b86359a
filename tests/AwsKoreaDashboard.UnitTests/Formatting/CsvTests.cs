using System.Text;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.UnitTests.Formatting;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(string cell)
    {
        var csv = Encoding.UTF8.GetString(Csv.Write(["a"], [[cell]]));

        var written = csv.Split("\r\n", StringSplitOptions.None)[1].Trim('"');
        Assert.StartsWith("'", written);
    }

    [Theory]
    [InlineData("-12.5")]
    [InlineData("12300")]
    public void A_negative_or_plain_number_stays_a_number(string cell)
    {
        var csv = Encoding.UTF8.GetString(Csv.Write(["a"], [[cell]]));

        Assert.Contains("\r\n" + cell + "\r\n", csv);
    }
}
