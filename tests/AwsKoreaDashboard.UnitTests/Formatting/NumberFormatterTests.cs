using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.UnitTests.Formatting;

public sealed class NumberFormatterTests
{
    private static readonly CultureInfo Ko = new("ko");
    private static readonly CultureInfo En = new("en");

    [Theory]
    [InlineData(7_850_000_000_000d, "KRW", true, "약 7.85조 원", "about ₩7.85T")]
    [InlineData(5_880_000_000d, "USD", false, "58.8억 달러", "$5.88B")]
    [InlineData(1_587_500_000d, "USD", false, "15.875억 달러", "$1.5875B")]
    [InlineData(15_060_000_000_000d, "KRW", true, "약 15.06조 원", "about ₩15.06T")]
    [InlineData(102_000_000_000_000d, "KRW", true, "약 102조 원", "about ₩102T")]
    [InlineData(408_000_000d, "USD", false, "4.08억 달러", "$408M")]
    [InlineData(544_000_000_000d, "KRW", true, "약 5,440억 원", "about ₩544B")]
    public void Money_reads_in_Korean_large_units_and_English_abbreviations(double value, string unit, bool approximate, string korean, string english)
    {
        Assert.Equal(korean, NumberFormatter.Format(value, unit, Ko, approximate));
        Assert.Equal(english, NumberFormatter.Format(value, unit, En, approximate));
    }

    [Theory]
    [InlineData(1_587_500_000d, "USD", false, "15.9억 달러", "$1.59B")]
    [InlineData(1_176_000_000d, "USD", false, "11.8억 달러", "$1.18B")]
    [InlineData(15_060_000_000_000d, "KRW", true, "약 15.1조 원", "about ₩15.1T")]
    [InlineData(7_157_000_000_000d, "KRW", false, "7.16조 원", "₩7.16T")]
    [InlineData(5_880_000_000d, "USD", false, "58.8억 달러", "$5.88B")]
    [InlineData(545_000_000_000d, "KRW", true, "약 5,450억 원", "about ₩545B")]
    [InlineData(102_000_000_000_000d, "KRW", true, "약 102조 원", "about ₩102T")]
    public void A_card_or_label_writes_money_with_at_most_three_significant_digits(double value, string unit, bool approximate, string korean, string english)
    {
        Assert.Equal(korean, NumberFormatter.FormatBrief(value, unit, Ko, approximate));
        Assert.Equal(english, NumberFormatter.FormatBrief(value, unit, En, approximate));
    }

    [Theory]
    [InlineData(74.0816d, "percent", "74.1%")]
    [InlineData(2.8823529d, "multiple", "2.88×")]
    [InlineData(12.345d, "multiple", "12.3×")]
    public void A_card_or_label_writes_shares_and_multiples_with_at_most_three_significant_digits(double value, string unit, string english) =>
        Assert.Equal(english, NumberFormatter.FormatBrief(value, unit, En));

    [Theory]
    [InlineData(12_345d, "people-per-year", "12,345 a year")]
    [InlineData(2031d, "year", "2031")]
    [InlineData(1335.03d, "KRW-per-USD", "₩1,335.03 per $1")]
    public void Counts_years_and_rates_stay_exact_in_a_card(double value, string unit, string english) =>
        Assert.Equal(english, NumberFormatter.FormatBrief(value, unit, En));

    [Fact]
    public void A_head_count_is_never_written_as_a_decimal_of_man()
    {
        Assert.Equal("연 1만 2,300명", NumberFormatter.Format(12_300, Units.PeoplePerYear, Ko));
        Assert.Equal("12,300 a year", NumberFormatter.Format(12_300, Units.PeoplePerYear, En));
        Assert.DoesNotContain("1.23", NumberFormatter.Format(12_300, Units.PeoplePerYear, Ko));
    }

    [Theory]
    [InlineData(28d, "percent", "28%", "28%")]
    [InlineData(17d, "percentage-points", "17%p", "17 pp")]
    [InlineData(2.8823529d, "multiple", "2.88배", "2.88×")]
    [InlineData(2d, "rank", "2위", "2nd")]
    [InlineData(2030d, "year", "2030년", "2030")]
    [InlineData(8d, "month", "8월", "August")]
    [InlineData(5d, "years", "5년", "5 years")]
    [InlineData(32d, "countries", "32개국", "32 countries")]
    [InlineData(4d, "zones", "4개 구역", "4 zones")]
    [InlineData(0.3333333333333333d, "fraction", "3분의 1", "1/3")]
    [InlineData(1335.034d, "KRW-per-USD", "1달러당 1,335.03원", "₩1,335.03 per $1")]
    public void Other_units_read_naturally(double value, string unit, string korean, string english)
    {
        Assert.Equal(korean, NumberFormatter.Format(value, unit, Ko));
        Assert.Equal(english, NumberFormatter.Format(value, unit, En));
    }

    [Fact]
    public void Qualifiers_and_approximations_are_written_out()
    {
        Assert.Equal("최대 40억 달러", NumberFormatter.Format(4e9, Units.Usd, Ko, qualifier: "up-to"));
        Assert.Equal("up to about ₩5.36T", NumberFormatter.Format(5.36e12, Units.Krw, En, approximate: true, qualifier: "up-to"));
        Assert.Equal("200여 종", NumberFormatter.Format(200, Units.Services, Ko, approximate: true));
        Assert.Equal("some 200 services", NumberFormatter.Format(200, Units.Services, En, approximate: true));
    }

    [Theory]
    [InlineData(544_692_000_000d, 3, 545_000_000_000d)]
    [InlineData(2.7235e12, 3, 2.72e12)]
    [InlineData(0.0012345, 2, 0.0012)]
    public void Rounding_to_significant_digits(double value, int digits, double expected) =>
        Assert.Equal(expected, NumberFormatter.RoundSignificant(value, digits), 6);
}
