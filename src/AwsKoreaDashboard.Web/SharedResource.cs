namespace AwsKoreaDashboard.Web;

/// <summary>The marker type for the UI strings in Resources/SharedResource.{ko,en}.resx.</summary>
public sealed class SharedResource;
