using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class ReportingYearConfiguration : IEntityTypeConfiguration<ReportingYear>
{
    public void Configure(EntityTypeBuilder<ReportingYear> b)
    {
        b.ToTable("ReportingYears");
        b.HasKey(y => new { y.LibraryId, y.Year });
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.UpdatedBy).HasMaxLength(100);
        b.Property(y => y.UpdatedAt).HasConversion(UtcTicks.Converter);
    }
}

internal sealed class DeadlineExceptionConfiguration : IEntityTypeConfiguration<DeadlineException>
{
    public void Configure(EntityTypeBuilder<DeadlineException> b)
    {
        b.ToTable("DeadlineExceptions");
        b.HasIndex(e => new { e.LibraryId, e.Year, e.Month }).IsUnique();
        b.Property(e => e.Note).HasMaxLength(100);
    }
}

internal sealed class ReminderClaimConfiguration : IEntityTypeConfiguration<ReminderClaim>
{
    public void Configure(EntityTypeBuilder<ReminderClaim> b)
    {
        b.ToTable("ReminderClaims");
        b.HasIndex(c => new { c.LibraryId, c.Division, c.Year, c.Month, c.Moment }).IsUnique();
        b.Property(c => c.Division).HasMaxLength(100);
        b.Property(c => c.Moment).HasMaxLength(20);
        b.Property(c => c.ClaimedAt).HasConversion(UtcTicks.Converter);
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> b)
    {
        b.ToTable("ReminderDeliveries");
        b.HasIndex(d => new { d.Status, d.NextAttemptAt });
        b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Divisions).HasMaxLength(2000);
        b.Property(d => d.Target).HasMaxLength(4000);
        b.Property(d => d.Subject).HasMaxLength(200);
        b.Property(d => d.LastError).HasMaxLength(1000);
        b.Property(d => d.CreatedAt).HasConversion(UtcTicks.Converter);
        b.Property(d => d.NextAttemptAt).HasConversion(UtcTicks.Converter);
        b.Property(d => d.LeasedUntil).HasConversion(UtcTicks.Converter);
        b.Property(d => d.SentAt).HasConversion(UtcTicks.Converter);
    }
}
