using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Data;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<FigureInput> FigureInputs => Set<FigureInput>();
    public DbSet<Chart> Charts => Set<Chart>();
    public DbSet<ChartCategory> ChartCategories => Set<ChartCategory>();
    public DbSet<ChartSeries> ChartSeries => Set<ChartSeries>();
    public DbSet<ChartCell> ChartCells => Set<ChartCell>();
    public DbSet<BackgroundSection> BackgroundSections => Set<BackgroundSection>();
    public DbSet<BackgroundBlock> BackgroundBlocks => Set<BackgroundBlock>();
    public DbSet<Deck> Decks => Set<Deck>();
    public DbSet<DeckSlide> DeckSlides => Set<DeckSlide>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<SeedState> SeedStates => Set<SeedState>();
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<EventAmount> EventAmounts => Set<EventAmount>();
    public DbSet<EventCitation> EventCitations => Set<EventCitation>();
    public DbSet<EventCitationValue> EventCitationValues => Set<EventCitationValue>();
    public DbSet<SourceDisagreement> Disagreements => Set<SourceDisagreement>();
    public DbSet<DisagreementValue> DisagreementValues => Set<DisagreementValue>();
    public DbSet<LaterComparison> LaterComparisons => Set<LaterComparison>();
    public DbSet<LaterComparisonValue> LaterComparisonValues => Set<LaterComparisonValue>();
    public DbSet<PageRate> PageRates => Set<PageRate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Source>().HasKey(s => s.Key);

        modelBuilder.Entity<Figure>(figure =>
        {
            figure.HasKey(f => f.Key);
            figure.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.SourceKey).OnDelete(DeleteBehavior.Restrict);
            figure.HasMany(f => f.Inputs).WithOne().HasForeignKey(i => i.FigureKey).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FigureInput>(input =>
        {
            input.HasKey(i => new { i.FigureKey, i.Position });
            input.HasOne<Figure>().WithMany().HasForeignKey(i => i.InputKey).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Chart>(chart =>
        {
            chart.HasKey(c => c.Key);
            chart.HasMany(c => c.Categories).WithOne().HasForeignKey(c => c.ChartKey).OnDelete(DeleteBehavior.Cascade);
            chart.HasMany(c => c.Series).WithOne().HasForeignKey(s => s.ChartKey).OnDelete(DeleteBehavior.Cascade);
            chart.HasMany(c => c.Cells).WithOne().HasForeignKey(c => c.ChartKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ChartCategory>().HasKey(c => new { c.ChartKey, c.Position });
        modelBuilder.Entity<ChartSeries>().HasKey(s => new { s.ChartKey, s.Position });
        modelBuilder.Entity<ChartCell>(cell =>
        {
            cell.HasKey(c => new { c.ChartKey, c.SeriesPosition, c.CategoryPosition });
            cell.HasOne<Figure>().WithMany().HasForeignKey(c => c.FigureKey).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<BackgroundSection>(section =>
        {
            section.HasKey(s => s.Key);
            section.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceKey).OnDelete(DeleteBehavior.Restrict);
            section.HasMany(s => s.Blocks).WithOne().HasForeignKey(b => b.SectionKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BackgroundBlock>().HasKey(b => new { b.SectionKey, b.Position });

        modelBuilder.Entity<Deck>(deck =>
        {
            deck.HasKey(d => d.Key);
            deck.HasMany(d => d.Slides).WithOne().HasForeignKey(s => s.DeckKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DeckSlide>(slide =>
        {
            slide.HasKey(s => new { s.DeckKey, s.Position });
            slide.HasOne<Chart>().WithMany().HasForeignKey(s => s.ChartKey).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Story>().HasKey(s => s.Id);
        modelBuilder.Entity<Story>().HasOne<Source>().WithMany().HasForeignKey(s => s.PrimarySourceKey).OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<SeedState>().HasKey(s => s.Id);
        EventConfiguration.Configure(modelBuilder);
    }
}
