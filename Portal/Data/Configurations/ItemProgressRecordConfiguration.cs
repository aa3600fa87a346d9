using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;
using Portal.Domain.Progress;

namespace Portal.Data.Configurations;

internal sealed class ItemProgressRecordConfiguration : IEntityTypeConfiguration<ItemProgressRecord>
{
    public void Configure(EntityTypeBuilder<ItemProgressRecord> b)
    {
        b.ToTable("ItemProgress");
        b.HasIndex(i => new { i.LibraryId, i.Year, i.ItemCode }).IsUnique();
        b.Property(i => i.ItemCode).HasMaxLength(50);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Note).HasMaxLength(ItemProgress.NoteLength);
        b.Property(i => i.Owner).HasMaxLength(100);
        b.Property(i => i.UpdatedBy).HasMaxLength(100);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.UpdatedAt).HasConversion(UtcTicks.Converter);
    }
}
