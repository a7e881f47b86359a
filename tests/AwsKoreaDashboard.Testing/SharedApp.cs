namespace AwsKoreaDashboard.Testing;

/// <summary>
/// One app for a test class whose tests only read (an xunit class fixture): seeded once for the class, not per
/// test. A subclass may first edit the app's copy of data/ (say, data that tries to be markup).
/// </summary>
public class SharedApp : IDisposable
{
    public SharedApp()
    {
    }

    /// <param name="prepare">Edits to the app's copy of data/, made before the app starts.</param>
    protected SharedApp(Action<DataDirectoryCopy> prepare) => prepare(App.Data);

    public DashboardApp App { get; } = new();

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
