#!/bin/sh
# Hands its work to a child that computes without end, and waits for it (as soffice waits for soffice.bin).
sh -c 'while :; do :; done' &
wait
