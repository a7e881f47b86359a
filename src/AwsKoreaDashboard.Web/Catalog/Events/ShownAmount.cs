namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>
/// A follow-up amount in the reader's currency: as stated, as the outlets themselves converted it (each
/// outlet's value kept when they differ), or converted at the page's named rate and marked so.
/// </summary>
public sealed record ShownAmount(
    EventAmountRecord Amount,
    string Text,
    IReadOnlyList<ShownOutletValue> OutletConversions,
    bool ConvertedAtPageRate,
    IReadOnlyList<OutletRecord> StatedBy)
{
    public bool ConvertedByOutlets => OutletConversions.Count > 0;

    public bool SourcesDiffer => OutletConversions.Select(v => v.Text).Distinct().Count() > 1;
}
