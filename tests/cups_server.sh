#!/bin/sh
# Start a local CUPS server with a PDF queue named "PDF" (cups-pdf) for the printing tests.
#
# Idempotent: safe to run again while cupsd runs and the queue exists. Needs root and the
# Debian packages cups and printer-driver-cups-pdf. Where either is missing it says why and
# exits 0: the tests marked `printing` then skip, each with its reason.
# cups-pdf writes each job to the `Out` folder of /etc/cups/cups-pdf.conf, ${HOME}/PDF by
# default: /root/PDF for jobs root submits.
set -u

QUEUE="${LC_CUPS_QUEUE:-PDF}"

say() { echo "cups_server: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
    say "not root: not starting cupsd; printing tests skip unless a '$QUEUE' queue already exists"
    exit 0
fi
for tool in /usr/sbin/cupsd lpadmin lpstat lpinfo cupsenable cupsaccept; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        say "$tool not found: apt-get install -y cups printer-driver-cups-pdf; printing tests skip"
        exit 0
    fi
done
if [ ! -x /usr/lib/cups/backend/cups-pdf ] && [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    say "cups-pdf backend missing: apt-get install -y printer-driver-cups-pdf; printing tests skip"
    exit 0
fi

running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }  # lpstat -r exits 0 either way

if ! running; then
    /usr/sbin/cupsd || { say "cupsd did not start (see /var/log/cups/error_log)"; exit 0; }
fi
i=0
until running; do
    i=$((i + 1))
    if [ "$i" -gt 50 ]; then
        say "cupsd did not answer within 10 s (see /var/log/cups/error_log)"
        exit 0
    fi
    sleep 0.2
done

if ! lpstat -v "$QUEUE" >/dev/null 2>&1; then
    # The PPD's name as lpinfo lists it; fall back to the Debian path.
    ppd="$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_noopt\.ppd/ {print $1; exit}')"
    ppd="${ppd:-lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd}"
    if ! err="$(lpadmin -p "$QUEUE" -v cups-pdf:/ -E -m "$ppd" 2>&1)"; then
        say "lpadmin failed: $(echo "$err" | grep -v deprecated | head -1)"
        exit 0
    fi
fi
# The queue is the default destination unless the machine already has one.
if ! lpstat -d 2>/dev/null | grep -q "destination:"; then
    lpadmin -d "$QUEUE" >/dev/null 2>&1
fi
# Name each output file after its job ("job_12-<title>.pdf"): a test finds its own job's file,
# even while another test run prints to the same queue.
lpadmin -p "$QUEUE" -o Label-default=1 >/dev/null 2>&1
# A queue left stopped or rejecting by an earlier run starts again.
cupsenable "$QUEUE" >/dev/null 2>&1
cupsaccept "$QUEUE" >/dev/null 2>&1

out="$(awk '$1 == "Out" {print $2}' /etc/cups/cups-pdf.conf 2>/dev/null)"
say "queue '$QUEUE' ready; cups-pdf writes root's jobs to $(echo "${out:-\${HOME\}/PDF}" | sed "s|\${HOME}|$HOME|")"
exit 0
