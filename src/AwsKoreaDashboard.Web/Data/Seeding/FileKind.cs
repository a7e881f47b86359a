namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// What a directory entry is, without opening it: opening a FIFO for reading waits for a writer forever,
/// and a device can be endless, so data/ must be able to tell them from regular files first.
/// </summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Device,
    Socket,
    Other,
}
