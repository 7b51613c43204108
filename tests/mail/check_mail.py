#!/usr/bin/python3
"""Reads a message planbridge mail wrote or sent back with Python's email package and checks it
against what planbridge import and diff say of the same plans (not against planbridge's mail code).

  check_mail.py MESSAGE --subject S --to ADDR... [--from ADDR] --attachment FILE...
                [--plan PLAN.json [--diff DIFF.json]]        the board's mail: counts and lists
                [--lead-copy COPY.json --lead NAME [--return-by TEXT]]   a lead's mail
Exit 0 when every check holds; else each failure is printed and the exit is 1.
"""
import argparse
import datetime
import email
import email.policy
import email.utils
import json
import os
import re
import sys
from html.parser import HTMLParser

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


class Cells(HTMLParser):
    """data-count / data-status / data-list values and texts of the HTML body."""
    def __init__(self):
        super().__init__()
        self.open, self.text, self.found, self.rows = None, '', [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'tr':
            self.rows += 1
        for k in ('data-count', 'data-status', 'data-list'):
            if k in attrs:
                self.open, self.text = (k, attrs[k]), ''

    def handle_data(self, data):
        if self.open:
            self.text += data

    def handle_endtag(self, tag):
        if self.open and tag in ('td', 'h2'):
            self.found.append((self.open[0], self.open[1], self.text.strip()))
            self.open = None


def raw_headers(raw):
    head = raw.split(b'\r\n\r\n', 1)[0]
    return head


def check_headers(raw, msg, a):
    check(b'\n' not in raw.replace(b'\r\n', b''), 'a bare LF in the message (every line must end CRLF)')
    for line in raw_headers(raw).split(b'\r\n'):
        check(all(b < 0x80 for b in line), 'a header line not encoded to ASCII: %r' % line[:80])
    check(str(msg['Subject']) == a.subject, 'Subject %r, expected %r' % (str(msg['Subject']), a.subject))
    got_to = [addr for _, addr in email.utils.getaddresses([str(msg['To'])])]
    check(got_to == a.to, 'To %r, expected %r' % (got_to, a.to))
    if a.sender:
        check(email.utils.parseaddr(str(msg['From']))[1] == a.sender, 'From %r' % str(msg['From']))
    check(re.fullmatch(r'<[^@<>\s]+@[^@<>\s]+>', str(msg['Message-ID'] or '')) is not None, 'Message-ID %r' % msg['Message-ID'])
    check(msg['Date'] is not None and email.utils.parsedate_to_datetime(str(msg['Date'])) is not None, 'no Date')
    check(str(msg['MIME-Version']) == '1.0', 'no MIME-Version')


def check_structure(msg, a):
    check(msg.get_content_type() == 'multipart/mixed', 'top part is %s' % msg.get_content_type())
    parts = msg.get_payload()
    alt = parts[0]
    check(alt.get_content_type() == 'multipart/alternative', 'first part is %s' % alt.get_content_type())
    kinds = [p.get_content_type() for p in alt.get_payload()]
    check(kinds == ['text/plain', 'text/html'], 'body parts %r' % kinds)
    for p in alt.get_payload():
        check(p.get_content_charset() == 'utf-8', '%s charset %s' % (p.get_content_type(), p.get_content_charset()))
    attached = list(msg.iter_attachments())
    check(len(attached) == len(a.attachment), '%d attachments, expected %d' % (len(attached), len(a.attachment)))
    for part, path in zip(attached, a.attachment):
        name = os.path.basename(path)
        check(part.get_filename() == name, 'attachment named %r, expected %r' % (part.get_filename(), name))
        if path.endswith('.xlsx'):
            check(part.get_content_type() == 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  'attachment type %s' % part.get_content_type())
        check(part.get_content() == open(path, 'rb').read(), 'attachment %s differs from the file, byte for byte' % name)
        if any(ord(c) > 127 for c in name):
            check('filename*=' in str(part.get('Content-Disposition', '').encode()) or "filename*" in part.as_string(),
                  'a non-ASCII attachment name not RFC 2231-encoded')
    return alt.get_payload()[0].get_content(), alt.get_payload()[1].get_content()


def overdue(action, as_of):
    end = (action.get('due') or {}).get('end')
    return bool(as_of and end and end < as_of and action['status'] not in ('complete', 'evidenced'))


def check_board(text, html, a):
    plan = json.load(open(a.plan))
    cells = Cells()
    cells.feed(html)
    counts = {}
    for act in plan['actions']:
        counts[act['status']] = counts.get(act['status'], 0) + 1
    shown = {v: int(t) for k, v, t in cells.found if k == 'data-count'}
    words = {v: t for k, v, t in cells.found if k == 'data-status'}
    check(shown.get('total') == len(plan['actions']), 'HTML total %r, plan has %d actions' % (shown.get('total'), len(plan['actions'])))
    for status, n in counts.items():
        check(shown.get(status) == n, 'HTML count of %s %r, plan has %d' % (status, shown.get(status), n))
        check(re.search(r'^  %s: %d \u2014' % (re.escape(words.get(status, '?')), n), text, re.M) is not None,
              'plain text has no line "%s: %d"' % (words.get(status), n))
    for status, n in shown.items():
        check(status == 'total' or counts.get(status, 0) == n, 'HTML counts %d %s, plan has %d' % (n, status, counts.get(status, 0)))
    lists = {v: int(re.search(r'\((\d+)\)$', t).group(1)) for k, v, t in cells.found if k == 'data-list'}
    expected = {'overdue': sum(overdue(x, plan.get('as_of')) for x in plan['actions'])}
    if a.diff:
        s = json.load(open(a.diff))['summary']
        expected.update(newly_off_track=s['newly_off_track'], worsened=s['status_worsened'], slipped=s['deadline_slipped'], no_update=s['stale'])
    else:
        expected['off_track'] = counts.get('off_track', 0)
    expected = {k: v for k, v in expected.items() if v}
    check(lists == expected, 'the lists say %r, import and diff say %r' % (lists, expected))
    for act in plan['actions']:
        if overdue(act, plan.get('as_of')):
            check(' '.join(act['action'].split()) in text, 'overdue action %r not in the plain text' % act['action'][:40])


def check_lead(text, html, a):
    copy = json.load(open(a.lead_copy))
    cells = Cells()
    cells.feed(html)
    check(cells.rows == len(copy['actions']) + 1, 'HTML table has %d rows for %d actions' % (cells.rows - 1, len(copy['actions'])))
    check(text.startswith('Dear %s,' % a.lead), 'plain text does not greet %r: %r' % (a.lead, text[:40]))
    for act in copy['actions']:
        check(' '.join(act['action'].split()) in text, 'action %r not in the plain text' % act['action'][:40])
    if a.return_by:
        check('send it back by %s' % a.return_by in text, 'plain text has no return date %r' % a.return_by)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('message')
    p.add_argument('--subject', required=True)
    p.add_argument('--to', nargs='+', required=True)
    p.add_argument('--from', dest='sender')
    p.add_argument('--attachment', nargs='+', default=[])
    p.add_argument('--plan')
    p.add_argument('--diff')
    p.add_argument('--lead-copy')
    p.add_argument('--lead')
    p.add_argument('--return-by')
    a = p.parse_args()
    raw = open(a.message, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    check_headers(raw, msg, a)
    text, html = check_structure(msg, a)
    if a.plan:
        check_board(text, html, a)
    if a.lead_copy:
        check_lead(text, html, a)
    for f in failures:
        print('check_mail: %s: %s' % (a.message, f))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
