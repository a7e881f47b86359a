namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>One outlet's own value, formatted, with the rate it stated for its conversion if it stated one.</summary>
public sealed record ShownOutletValue(OutletRecord Outlet, string Text, double? KrwPerUsd);
