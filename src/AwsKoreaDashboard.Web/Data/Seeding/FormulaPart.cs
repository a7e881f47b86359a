namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// One token of a formula as written, left to right, for showing it as arithmetic: a figure key, a number,
/// an operator (+ - * /) or a parenthesis.
/// </summary>
public sealed record FormulaPart(FormulaPartKind Kind, string Text, double Number = 0);
