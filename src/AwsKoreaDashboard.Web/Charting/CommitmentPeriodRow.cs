namespace AwsKoreaDashboard.Web.Charting;

/// <summary>One bar of the commitments chart and one row of its table.</summary>
public sealed record CommitmentPeriodRow(string Label, int From, int To, string Amount, bool Converted, string Origin, bool FollowUp, string EventKey);
