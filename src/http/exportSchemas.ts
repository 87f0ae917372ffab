import { z } from 'zod';
import 'zod-openapi';

/** The export formats of a timeline (`format=`), as the OpenAPI document describes them. */

const TimelineJsDate = z
  .object({
    year: z.number().int(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    display_date: z.string().optional(),
  })
  .meta({ id: 'TimelineJsDate', description: 'A TimelineJS3 date; `year` is astronomical' });

const TimelineJsText = z.object({ headline: z.string(), text: z.string() }).meta({ id: 'TimelineJsText' });

export const TimelineJsSchema = z
  .object({
    title: z.object({ text: TimelineJsText, unique_id: z.string() }),
    events: z.array(
      z.object({
        start_date: TimelineJsDate,
        end_date: TimelineJsDate.optional(),
        text: TimelineJsText,
        group: z.string().optional(),
        display_date: z.string().optional(),
        unique_id: z.string(),
      }),
    ),
    scale: z.enum(['human', 'cosmological']),
  })
  .meta({
    id: 'TimelineJs',
    description:
      'format=timelinejs: TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), loadable as is',
  });

export const CsvText = z
  .string()
  .regex(/^\uFEFF?factId,date,edtf,/)
  .meta({
    description:
      'format=csv: RFC 4180 CSV, one row per entry, a header row first; starts with a UTF-8 byte order mark unless bom=false',
  });

export const MarkdownText = z.string().regex(/^# /).meta({ description: 'format=md: Markdown, one section per entry' });

export const CalendarText = z
  .string()
  .regex(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/)
  .meta({ description: 'format=ics: iCalendar (RFC 5545), one all-day event per entry with both bounds' });
