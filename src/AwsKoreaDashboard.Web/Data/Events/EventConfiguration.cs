using Microsoft.EntityFrameworkCore;

namespace AwsKoreaDashboard.Web.Data;

/// <summary>The tables of events.json: kept apart from the article's figures and sources.</summary>
public static class EventConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Outlet>().HasKey(o => o.Key);
        modelBuilder.Entity<TimelineEvent>().HasKey(e => e.Key);
        modelBuilder.Entity<EventAmount>(amount =>
        {
            amount.HasKey(a => new { a.EventKey, a.Position });
            amount.HasOne<TimelineEvent>().WithMany().HasForeignKey(a => a.EventKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventCitation>(citation =>
        {
            citation.HasKey(c => new { c.EventKey, c.Position });
            citation.HasOne<TimelineEvent>().WithMany().HasForeignKey(c => c.EventKey).OnDelete(DeleteBehavior.Cascade);
            citation.HasOne<Outlet>().WithMany().HasForeignKey(c => c.OutletKey).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EventCitationValue>(value =>
        {
            value.HasKey(v => new { v.EventKey, v.CitationPosition, v.Position });
            value.HasOne<EventCitation>().WithMany().HasForeignKey(v => new { v.EventKey, v.CitationPosition }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SourceDisagreement>().HasKey(d => d.Key);
        modelBuilder.Entity<DisagreementValue>(value =>
        {
            value.HasKey(v => new { v.DisagreementKey, v.Position });
            value.HasOne<SourceDisagreement>().WithMany().HasForeignKey(v => v.DisagreementKey).OnDelete(DeleteBehavior.Cascade);
            value.HasOne<Outlet>().WithMany().HasForeignKey(v => v.OutletKey).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<LaterComparison>(comparison =>
        {
            comparison.HasKey(c => c.Key);
            comparison.HasOne<Outlet>().WithMany().HasForeignKey(c => c.OutletKey).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<LaterComparisonValue>(value =>
        {
            value.HasKey(v => new { v.ComparisonKey, v.Position });
            value.HasOne<LaterComparison>().WithMany().HasForeignKey(v => v.ComparisonKey).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PageRate>(rate =>
        {
            rate.HasKey(r => r.Id);
            rate.HasOne<Outlet>().WithMany().HasForeignKey(r => r.OutletKey).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
