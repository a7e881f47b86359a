namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The database file stayed locked or busy (another process is writing it) after every retry. A busy file is
/// a good file: it is reported, never set aside.
/// </summary>
public sealed class DatabaseBusyException(string databaseFile, Exception inner)
    : Exception($"The database {databaseFile} is locked or busy (another process is using it: {inner.Message}); it was left as it is. Try again when that process is done.", inner);
