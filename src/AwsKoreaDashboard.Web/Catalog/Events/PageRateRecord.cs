namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>The rate named on the page for amounts no outlet converted itself.</summary>
public sealed record PageRateRecord(double KrwPerUsd, OutletRecord Outlet, DateOnly? StatedOn, string Url, LocalizedText Label);
