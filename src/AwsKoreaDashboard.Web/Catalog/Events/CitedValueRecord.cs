namespace AwsKoreaDashboard.Web.Catalog;

/// <summary>A value one outlet gave for an amount; <see cref="Converted"/> when the outlet converted it itself, with its stated rate if it gave one.</summary>
public sealed record CitedValueRecord(string AmountKey, double Value, string Currency, bool Approximate, string? Qualifier, bool Converted, double? KrwPerUsd);
