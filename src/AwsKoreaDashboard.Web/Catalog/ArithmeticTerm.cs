namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// One piece of a derived figure's arithmetic as the reader reads it ("$5.88B", "÷", "(", "100"): an input
/// figure's value (then <see cref="Figure"/> is the figure to link to), a number or an operator.
/// </summary>
public sealed record ArithmeticTerm(string Text, FigureRecord? Figure = null);
