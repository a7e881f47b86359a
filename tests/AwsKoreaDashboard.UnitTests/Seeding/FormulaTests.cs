using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.UnitTests.Seeding;

public sealed class FormulaTests
{
    private static readonly Dictionary<string, double> Values = new() { ["a"] = 6, ["b-2"] = 2 };

    [Theory]
    [InlineData("{a} / {b-2}", 3)]
    [InlineData("{a} - {b-2} * 2", 2)]
    [InlineData("({a} - {b-2}) * 2", 8)]
    [InlineData("-{a} + 10", 4)]
    [InlineData("{a} / 5 * 100", 120)]
    public void A_formula_follows_arithmetic_precedence(string text, double expected)
    {
        Assert.True(Formula.TryParse(text, out var formula, out _));
        Assert.Equal(expected, formula!.Evaluate(key => Values[key]), 10);
    }

    [Fact]
    public void A_formula_lists_its_inputs_once_in_order()
    {
        Formula.TryParse("{b-2} * {a} + {b-2}", out var formula, out _);

        Assert.Equal(["b-2", "a"], formula!.Inputs);
    }

    [Fact]
    public void A_formula_gives_its_parts_as_written_for_showing_it_as_arithmetic()
    {
        Formula.TryParse("({a} - {b-2}) * 100 / 2.5", out var formula, out _);

        Assert.Equal(
            ["Open (", "Figure a", "Operator -", "Figure b-2", "Close )", "Operator *", "Number 100", "Operator /", "Number 2.5"],
            formula!.Parts().Select(p => $"{p.Kind} {p.Text}"));
        Assert.Equal([100, 2.5], formula.Parts().Where(p => p.Kind == FormulaPartKind.Number).Select(p => p.Number));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{a} /", "ends")]
    [InlineData("({a}", "missing ')'")]
    [InlineData("{a", "missing '}'")]
    [InlineData("{a} % 2", "unexpected '%'")]
    [InlineData("{a} {b-2}", "unexpected '{'")]
    public void A_malformed_formula_says_what_is_wrong(string text, string problem)
    {
        Assert.False(Formula.TryParse(text, out _, out var error));
        Assert.Contains(problem, error);
    }

    [Fact]
    public void A_formula_nested_deeper_than_the_bound_is_refused_not_a_stack_overflow()
    {
        var text = new string('(', 40) + "{a}" + new string(')', 40);

        Assert.False(Formula.TryParse(text, out _, out var error));
        Assert.Contains("nested more than 32 deep", error);
    }

    [Fact]
    public void A_formula_of_ten_thousand_parentheses_is_refused_by_its_depth()
    {
        // Its length is the schema's rule (figures.schema.json, maxLength); the parser stays shallow on its own.
        var text = new string('(', 10_000) + "{a}" + new string(')', 10_000);

        Assert.False(Formula.TryParse(text, out _, out var error));
        Assert.Contains("nested more than 32 deep", error);
    }

    [Fact]
    public void A_long_chain_of_signs_is_bounded_too()
    {
        Assert.False(Formula.TryParse(new string('-', 100) + "{a}", out _, out var error));
        Assert.Contains("nested", error);
    }
}
