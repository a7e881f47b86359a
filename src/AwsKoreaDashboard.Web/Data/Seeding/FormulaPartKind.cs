namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>What a <see cref="FormulaPart"/> is.</summary>
public enum FormulaPartKind
{
    Figure,
    Number,
    Operator,
    Open,
    Close,
}
