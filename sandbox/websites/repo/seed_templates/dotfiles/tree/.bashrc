# ~/.bashrc
[ -z "$PS1" ] && return

export EDITOR=nvim
export HISTSIZE=50000
export HISTCONTROL=ignoredups:erasedups
shopt -s histappend checkwinsize

alias ll='ls -lah'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'

[ -f ~/.bash_local ] && source ~/.bash_local
