
namespace AwsKoreaDashboard.UnitTests.Charting;

/// <summary>Line breaking for the chart images, with a measure of one unit a character.</summary>
public sealed class TextWrapTests
{
    private static float Measure(string text) => text.Length;

    [Fact]
    public void Lines_break_between_words_and_no_line_is_wider_than_the_width()
    {
        var lines = TextWrap.Lines("한국 연평균 투자, 인도에 버금가고 예전의 약 2.9배", Measure, 12);

        Assert.All(lines, line => Assert.True(line.Length <= 12, line));
        Assert.Equal("한국 연평균 투자, 인도에 버금가고 예전의 약 2.9배", string.Join(" ", lines));
    }

    [Theory]
    [InlineData(14, "약 15.06조 원")]
    [InlineData(9, "약 102조 원,")]
    public void An_amount_stays_on_one_line_with_its_about_and_its_unit(float width, string amount)
    {
        var lines = TextWrap.Lines("경제적 가치 약 102조 원, GDP 약 15.06조 원", Measure, width);

        Assert.Contains(amount, lines);
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_between_characters_and_nothing_is_dropped()
    {
        var lines = TextWrap.Lines("인천·경기AI데이터센터 (AWS)", Measure, 5);

        Assert.All(lines, line => Assert.True(line.Length <= 5, line));
        Assert.Equal("인천·경기AI데이터센터(AWS)", string.Concat(lines).Replace(" ", ""));
    }
}
