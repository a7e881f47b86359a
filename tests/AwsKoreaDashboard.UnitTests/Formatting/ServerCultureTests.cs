using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.UnitTests.Formatting;

/// <summary>
/// The server's own culture never leaks into what readers see: on a machine set to German or French, numbers
/// still group with commas and use a point, as the reader's language (Korean or English) writes them.
/// </summary>
public sealed class ServerCultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Figures_format_the_same_whatever_the_servers_culture(string serverCulture)
    {
        var expected = FormatAll();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(serverCulture);

            var actual = FormatAll();

            Assert.Equal(expected, actual);
            Assert.Contains("연 1,000만명", actual);
            Assert.Contains("7.85조 원", actual);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Csv_numbers_and_dates_use_the_invariant_form(string serverCulture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(serverCulture);

            Assert.Equal("1,234.5", NumberFormatter.Decimal(1234.5, 2));
            Assert.Equal("2023-10-12", new DateOnly(2023, 10, 12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static List<string> FormatAll()
    {
        var result = new List<string>();
        foreach (var culture in new[] { new CultureInfo("ko"), new CultureInfo("en") })
        {
            result.Add(NumberFormatter.Format(10_000_000, Units.PeoplePerYear, culture));
            result.Add(NumberFormatter.Format(12_300, Units.PeoplePerYear, culture));
            result.Add(NumberFormatter.Format(7.85e12, Units.Krw, culture));
            result.Add(NumberFormatter.Format(5.88e9, Units.Usd, culture));
            result.Add(NumberFormatter.Format(1335.03, Units.KrwPerUsd, culture));
            result.Add(NumberFormatter.Format(2.882, Units.Multiple, culture));
            result.Add(NumberFormatter.Format(2, Units.Rank, culture));
            result.Add(NumberFormatter.Format(8, Units.Month, culture));
        }

        return result;
    }
}
