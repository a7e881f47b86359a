using System.Globalization;
using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.UnitTests.Formatting;

/// <summary>Every value that validation lets through can be written: the extremes of every unit, in both languages.</summary>
public sealed class UnitExtremesTests
{
    public static TheoryData<string, double> ExtremesOfEveryUnit()
    {
        var data = new TheoryData<string, double>();
        foreach (var unit in Units.FigureUnits)
        {
            var range = Units.Ranges[unit];
            foreach (var value in new[] { range.Min, range.Max, (range.Min + range.Max) / 2, range.Whole ? range.Min : range.Min + 0.0001 }.Distinct())
            {
                data.Add(unit, range.Whole ? Math.Round(value) : value);
            }
        }

        return data;
    }

    [Fact]
    public void Every_figure_unit_has_a_range()
    {
        Assert.All(Units.FigureUnits, unit => Assert.True(Units.Ranges.ContainsKey(unit), $"{unit} has no range"));
    }

    [Theory]
    [MemberData(nameof(ExtremesOfEveryUnit))]
    public void The_extremes_of_every_unit_format_in_both_languages(string unit, double value)
    {
        foreach (var culture in new[] { new CultureInfo("ko"), new CultureInfo("en") })
        {
            foreach (var (approximate, qualifier) in new[] { (false, (string?)null), (true, "up-to") })
            {
                var text = NumberFormatter.Format(value, unit, culture, approximate, qualifier);

                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.DoesNotContain("E+", text);
                Assert.DoesNotContain("NaN", text);
                Assert.DoesNotContain("∞", text);
                Assert.DoesNotContain("-0", text);
            }
        }
    }

    [Theory]
    [InlineData("percent", -1)]
    [InlineData("percent", 100.5)]
    [InlineData("KRW", -1)]
    [InlineData("people-per-year", -1e19)]
    [InlineData("people-per-year", 1e19)]
    [InlineData("year", 1200)]
    [InlineData("month", 13)]
    [InlineData("rank", 1.5)]
    public void Values_outside_a_unit_fall_outside_its_range(string unit, double value)
    {
        Assert.False(Units.Ranges[unit].Contains(value));
    }

    [Fact]
    public void A_negative_zero_prints_as_zero()
    {
        Assert.Equal("0%", NumberFormatter.Format(-0.0, Units.Percent, new CultureInfo("en")));
        Assert.Equal("0%", NumberFormatter.Format(-0.00001, Units.Percent, new CultureInfo("en")));
    }
}
