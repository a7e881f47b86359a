namespace AwsKoreaDashboard.Web.Features.Since;

/// <summary>
/// One bar of the commitments chart and one row of its table; <see cref="Converted"/> when its amount is a
/// conversion (the article's rate, the page's rate, or the outlet's own), marked in <see cref="Amount"/>.
/// </summary>
public sealed record CommitmentPeriodRow(string Label, int From, int To, string Amount, bool Converted, string Origin, bool FollowUp, string EventKey);
