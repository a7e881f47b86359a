namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The database cannot live at its configured path: the path is a folder, its folder cannot be created, or
/// the folder or file cannot be written. Nothing in data/ can fix that; the message is one line that names
/// the path and what to do, for the console, without a stack trace.
/// </summary>
public sealed class DatabasePathException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Advice = "point ConnectionStrings:Dashboard (\"Data Source=...\") at a file in a folder this user can write, or fix that folder";
}
