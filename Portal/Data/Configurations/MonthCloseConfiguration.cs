using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class MonthCloseConfiguration : IEntityTypeConfiguration<MonthClose>
{
    public void Configure(EntityTypeBuilder<MonthClose> b)
    {
        b.ToTable("MonthClosures");
        b.HasIndex(c => new { c.LibraryId, c.Year, c.Division, c.Month }).IsUnique();
        b.Property(c => c.Division).HasMaxLength(100);
        b.Property(c => c.ClosedBy).HasMaxLength(100);
        b.Property(c => c.ClosedAt).HasConversion(UtcTicks.Converter);
        b.Property(c => c.Reason).HasMaxLength(Portal.Domain.Reporting.SubmissionFlow.TextLength);
        b.Property(c => c.ReviewedBy).HasMaxLength(100);
        b.Property(c => c.ReviewedAt).HasConversion(UtcTicks.Converter);
    }
}
