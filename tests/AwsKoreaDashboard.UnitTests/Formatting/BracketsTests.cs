using AwsKoreaDashboard.Web.Formatting;

namespace AwsKoreaDashboard.UnitTests.Formatting;

public sealed class BracketsTests
{
    [Theory]
    [InlineData("2023–2027년 (5년)", "(2023–2027년, 5년)")]
    [InlineData("phased build to 2029 (capacity schedule; no spending period reported)", "(phased build to 2029, capacity schedule; no spending period reported)")]
    [InlineData("2021", "(2021)")]
    public void A_bracketed_text_never_holds_brackets_of_its_own(string text, string bracketed) =>
        Assert.Equal(bracketed, Brackets.Around(text));
}
